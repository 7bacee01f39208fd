using System.Xml.Linq;

namespace FunnelBot.Tests.Support;

/// <summary>The bot's text resources as written in the repository: key → template.</summary>
public static class TextResources
{
    public static readonly string Folder = Path.Combine(RepositoryFolders.Root, "src", "FunnelBot", "TelegramBot", "Texts");

    public static Dictionary<string, string> English() => Load("BotTexts.resx");

    public static Dictionary<string, string> Russian() => Load("BotTexts.ru.resx");

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);
}
