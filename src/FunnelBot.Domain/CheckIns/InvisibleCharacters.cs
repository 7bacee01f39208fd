using System.Buffers;
using System.Globalization;

namespace FunnelBot.Domain.CheckIns;

/// <summary>
/// Characters that change what a text looks like without showing themselves: zero-width spaces and joiners, direction
/// marks, embeddings, overrides and isolates, the word joiner, the byte order mark, the soft hyphen (every character
/// of the Unicode category Cf of the Basic Multilingual Plane). Inside a number they would make what is shown differ
/// from what is read (U+202E shows <c>12</c> as <c>21</c>), so a number with any of them is refused.
/// </summary>
internal static class InvisibleCharacters
{
    public static SearchValues<char> All { get; } = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(code => (char)code).Where(c => char.GetUnicodeCategory(c) == UnicodeCategory.Format).ToArray());
}
