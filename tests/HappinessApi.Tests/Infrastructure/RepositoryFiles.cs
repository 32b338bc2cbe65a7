namespace HappinessApi.Tests.Infrastructure;

public static class RepositoryFiles
{
    /// <summary>Finds a file by its path from the repository root, the folder that holds HappinessApi.sln.</summary>
    public static string Find(string relativePath)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        for (; directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "HappinessApi.sln")))
            {
                return Path.Combine(directory.FullName, relativePath);
            }
        }

        throw new FileNotFoundException($"No repository root above {AppContext.BaseDirectory}.", relativePath);
    }
}
