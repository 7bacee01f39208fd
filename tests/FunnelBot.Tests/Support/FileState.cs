using System.Security.Cryptography;

namespace FunnelBot.Tests.Support;

/// <summary>A file's content (as a hash), length and last write time: equal before and after means it was left untouched.</summary>
public sealed record FileState(string Sha256, long Length, DateTime LastWriteUtc)
{
    public static FileState Of(string path) =>
        new(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))), new FileInfo(path).Length, File.GetLastWriteTimeUtc(path));
}
