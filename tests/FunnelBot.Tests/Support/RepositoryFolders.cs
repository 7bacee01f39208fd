namespace FunnelBot.Tests.Support;

/// <summary>Folders of the repository the tests run from (found by FunnelBot.sln above the test output).</summary>
public static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "FunnelBot.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("FunnelBot.sln not found above the test output.");
    }
}
