using System.Globalization;
using System.Text;

namespace FunnelBot.Tests.HttpApi.Support;

/// <summary>One sample of an exposition: its name, labels and value.</summary>
public sealed record PrometheusSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

/// <summary>One metric family: its name, its TYPE (untyped when none was given) and its samples.</summary>
public sealed record PrometheusFamily(string Name, string Type, IReadOnlyList<PrometheusSample> Samples);

/// <summary>
/// A strict reader of the Prometheus text exposition format 0.0.4 (prometheus.io/docs/instrumenting/exposition_formats):
/// names and label names by the format's grammar, label values with their three escapes, values as Go floats
/// (NaN, +Inf, -Inf), an optional integer timestamp; HELP and TYPE at most once per family and TYPE before its samples;
/// a family's lines together; no duplicate sample; histograms with cumulative <c>le</c> buckets ending at +Inf equal to
/// <c>_count</c>, and <c>_sum</c>. Any breach throws <see cref="FormatException"/> naming the line. (No parser of the
/// format is among the packages served, so the test carries its own.)
/// </summary>
public static class PrometheusText
{
    private static readonly string[] Types = ["counter", "gauge", "histogram", "summary", "untyped"];

    public static IReadOnlyDictionary<string, PrometheusFamily> Parse(string text)
    {
        var families = new Dictionary<string, (string Type, List<PrometheusSample> Samples, bool Help)>(StringComparer.Ordinal);
        var closed = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? current = null;
        var lines = text.Split('\n');
        if (lines[^1].Length != 0)
        {
            throw new FormatException("the exposition does not end with a line feed");
        }

        for (var number = 1; number < lines.Length; number++)
        {
            var line = lines[number - 1];
            if (line.Length == 0)
            {
                continue;
            }

            string family;
            if (line.StartsWith('#'))
            {
                var parts = line.Split(' ', 4);
                if (parts.Length < 3 || parts[0] != "#" || parts[1] is not ("HELP" or "TYPE"))
                {
                    continue; // a plain comment
                }

                family = parts[2];
                RequireName(family, number);
                var entry = Open(family);
                if (parts[1] == "TYPE")
                {
                    var type = parts.Length == 4 ? parts[3] : throw Error(number, "TYPE without a type");
                    if (!Types.Contains(type) || entry.Type != "" || entry.Samples.Count > 0)
                    {
                        throw Error(number, $"TYPE '{type}' unknown, repeated or after samples");
                    }

                    families[family] = (type, entry.Samples, entry.Help);
                }
                else
                {
                    if (entry.Help)
                    {
                        throw Error(number, "HELP repeated");
                    }

                    families[family] = (entry.Type, entry.Samples, true);
                }

                continue;
            }

            var sample = ReadSample(line, number);
            family = FamilyOf(sample.Name, families);
            var open = Open(family);
            if (!seen.Add(sample.Name + "{" + string.Join(',', sample.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}")) + "}"))
            {
                throw Error(number, $"duplicate sample {sample.Name}");
            }

            open.Samples.Add(sample);

            (string Type, List<PrometheusSample> Samples, bool Help) Open(string name)
            {
                if (current != name)
                {
                    if (closed.Contains(name))
                    {
                        throw Error(number, $"the lines of {name} are not together");
                    }

                    if (current is not null)
                    {
                        closed.Add(current);
                    }

                    current = name;
                }

                if (!families.TryGetValue(name, out var found))
                {
                    found = ("", [], false);
                    families[name] = found;
                }

                return found;
            }
        }

        var result = families.ToDictionary(
            f => f.Key, f => new PrometheusFamily(f.Key, f.Value.Type == "" ? "untyped" : f.Value.Type, f.Value.Samples), StringComparer.Ordinal);
        foreach (var histogram in result.Values.Where(f => f.Type == "histogram"))
        {
            CheckHistogram(histogram);
        }

        return result;
    }

    private static string FamilyOf(string sample, Dictionary<string, (string Type, List<PrometheusSample> Samples, bool Help)> families)
    {
        foreach (var suffix in new[] { "_bucket", "_sum", "_count" })
        {
            if (sample.EndsWith(suffix, StringComparison.Ordinal)
                && families.TryGetValue(sample[..^suffix.Length], out var family) && family.Type is "histogram" or "summary")
            {
                return sample[..^suffix.Length];
            }
        }

        return sample;
    }

    private static void CheckHistogram(PrometheusFamily histogram)
    {
        var series = histogram.Samples.GroupBy(s => string.Join(',', s.Labels.Where(l => l.Key != "le").OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}")));
        foreach (var one in series)
        {
            var buckets = one.Where(s => s.Name == histogram.Name + "_bucket")
                .Select(s => (Le: s.Labels.TryGetValue("le", out var le) ? ParseValue(le, 0) : throw new FormatException($"{histogram.Name}: a bucket without le"), s.Value))
                .ToList();
            var count = one.SingleOrDefault(s => s.Name == histogram.Name + "_count") ?? throw new FormatException($"{histogram.Name}: no _count");
            _ = one.SingleOrDefault(s => s.Name == histogram.Name + "_sum") ?? throw new FormatException($"{histogram.Name}: no _sum");
            if (buckets.Count == 0 || !double.IsPositiveInfinity(buckets[^1].Le) || buckets[^1].Value != count.Value)
            {
                throw new FormatException($"{histogram.Name}: the last bucket is not le=\"+Inf\" equal to _count");
            }

            for (var i = 1; i < buckets.Count; i++)
            {
                if (buckets[i].Le <= buckets[i - 1].Le || buckets[i].Value < buckets[i - 1].Value)
                {
                    throw new FormatException($"{histogram.Name}: buckets not in order or not cumulative");
                }
            }
        }
    }

    private static PrometheusSample ReadSample(string line, int number)
    {
        var at = 0;
        var name = ReadWhile(line, ref at, (c, first) => char.IsAsciiLetter(c) || c is '_' or ':' || (!first && char.IsAsciiDigit(c)));
        RequireName(name, number);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (at < line.Length && line[at] == '{')
        {
            at++;
            while (at < line.Length && line[at] != '}')
            {
                var label = ReadWhile(line, ref at, (c, first) => char.IsAsciiLetter(c) || c == '_' || (!first && char.IsAsciiDigit(c)));
                if (label.Length == 0 || at + 1 >= line.Length || line[at] != '=' || line[at + 1] != '"')
                {
                    throw Error(number, "a label is not name=\"value\"");
                }

                at += 2;
                var value = new StringBuilder();
                while (true)
                {
                    if (at >= line.Length)
                    {
                        throw Error(number, "a label value is not closed");
                    }

                    var c = line[at++];
                    if (c == '"')
                    {
                        break;
                    }

                    if (c == '\\')
                    {
                        var escaped = at < line.Length ? line[at++] : throw Error(number, "an escape at the end");
                        value.Append(escaped switch
                        {
                            '\\' => '\\',
                            '"' => '"',
                            'n' => '\n',
                            _ => throw Error(number, $"unknown escape \\{escaped}"),
                        });
                    }
                    else
                    {
                        value.Append(c);
                    }
                }

                if (!labels.TryAdd(label, value.ToString()))
                {
                    throw Error(number, $"label {label} repeated");
                }

                if (at < line.Length && line[at] == ',')
                {
                    at++;
                }
                else if (at >= line.Length || line[at] != '}')
                {
                    throw Error(number, "labels not separated by commas");
                }
            }

            if (at >= line.Length)
            {
                throw Error(number, "labels not closed");
            }

            at++;
        }

        if (at >= line.Length || line[at] != ' ')
        {
            throw Error(number, "no space before the value");
        }

        var rest = line[(at + 1)..].Split(' ');
        if (rest.Length is < 1 or > 2)
        {
            throw Error(number, "not a value and an optional timestamp");
        }

        var sampleValue = ParseValue(rest[0], number);
        if (rest.Length == 2 && !long.TryParse(rest[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            throw Error(number, $"timestamp '{rest[1]}' is not an integer");
        }

        return new PrometheusSample(name, labels, sampleValue);
    }

    private static double ParseValue(string text, int number) => text switch
    {
        "NaN" => double.NaN,
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ when double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value) => value,
        _ => throw Error(number, $"value '{text}' is not a float"),
    };

    private static string ReadWhile(string line, ref int at, Func<char, bool, bool> allowed)
    {
        var start = at;
        while (at < line.Length && allowed(line[at], at == start))
        {
            at++;
        }

        return line[start..at];
    }

    private static void RequireName(string name, int number)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or ':'))
        {
            throw Error(number, $"'{name}' is not a metric name");
        }
    }

    private static FormatException Error(int line, string what) => new($"line {line}: {what}");
}
