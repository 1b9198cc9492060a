namespace StudyDecks.Cli.Files;

/// <summary>The operating systems whose folder conventions differ; any other Unix follows Linux's.</summary>
internal enum HostSystem
{
    Linux,
    MacOS,
    Windows,
}

/// <summary>
/// Where the score database lives when neither <c>--db</c> nor <c>$STUDYDECKS_DB</c> names it: the folder each system
/// keeps for an application's own data, so that it is backed up and cleaned up the way users there expect.
/// </summary>
internal static class ScoreDatabaseLocation
{
    public const string FileName = "scores.db";

    /// <summary>What each system's default is, for help texts.</summary>
    public const string Described = "%LOCALAPPDATA%\\StudyDecks\\scores.db on Windows, ~/Library/Application Support/StudyDecks/scores.db on macOS, "
        + "else $XDG_DATA_HOME/studydecks/scores.db or ~/.local/share/studydecks/scores.db";

    /// <summary>The system this process runs on.</summary>
    public static HostSystem Current =>
        OperatingSystem.IsWindows() ? HostSystem.Windows : OperatingSystem.IsMacOS() ? HostSystem.MacOS : HostSystem.Linux;

    /// <summary>The default database path on <paramref name="system"/>, from the environment's variables.</summary>
    public static string Default(HostSystem system, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var home = environment.Variable(system == HostSystem.Windows ? "USERPROFILE" : "HOME")
            ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return system switch
        {
            HostSystem.Windows => Path.Join(environment.Variable("LOCALAPPDATA") ?? Path.Join(home, "AppData", "Local"), "StudyDecks", FileName),
            HostSystem.MacOS => Path.Join(home, "Library", "Application Support", "StudyDecks", FileName),
            _ => Path.Join(XdgDataHome(environment) ?? Path.Join(home, ".local", "share"), "studydecks", FileName),
        };
    }

    /// <summary>$XDG_DATA_HOME when it is an absolute path; the XDG specification says to ignore a relative one.</summary>
    private static string? XdgDataHome(CliEnvironment environment) =>
        environment.Variable("XDG_DATA_HOME") is { } folder && folder.StartsWith('/') ? folder : null;
}
