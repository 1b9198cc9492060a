using StudyDecks.Cli.Files;

namespace StudyDecks.Cli.Tests.Files;

/// <summary>Issue 16: the score database's default place is each system's folder for application data, whatever system runs the tests.</summary>
public sealed class ScoreDatabaseLocationTests
{
    private static CliEnvironment With(params (string Name, string Value)[] variables) =>
        new(TextWriter.Null, TextWriter.Null, TextReader.Null, "/work", variables.ToDictionary(variable => variable.Name, variable => variable.Value));

    [Test]
    public void Windows_uses_LOCALAPPDATA()
    {
        var environment = With(("LOCALAPPDATA", @"C:\Users\ana\AppData\Local"), ("HOME", "/home/ana"), ("XDG_DATA_HOME", "/xdg"));

        Assert.That(ScoreDatabaseLocation.Default(HostSystem.Windows, environment), Is.EqualTo(Path.Join(@"C:\Users\ana\AppData\Local", "StudyDecks", "scores.db")));
    }

    [Test]
    public void Windows_without_LOCALAPPDATA_uses_the_profile_folder()
    {
        var environment = With(("USERPROFILE", @"C:\Users\ana"));

        Assert.That(ScoreDatabaseLocation.Default(HostSystem.Windows, environment), Is.EqualTo(Path.Join(@"C:\Users\ana", "AppData", "Local", "StudyDecks", "scores.db")));
    }

    [Test]
    public void MacOS_uses_application_support_and_ignores_XDG()
    {
        var environment = With(("HOME", "/Users/ana"), ("XDG_DATA_HOME", "/xdg"));

        Assert.That(ScoreDatabaseLocation.Default(HostSystem.MacOS, environment), Is.EqualTo(Path.Join("/Users/ana", "Library", "Application Support", "StudyDecks", "scores.db")));
    }

    [Test]
    public void Linux_uses_XDG_DATA_HOME()
    {
        var environment = With(("HOME", "/home/ana"), ("XDG_DATA_HOME", "/data/ana"));

        Assert.That(ScoreDatabaseLocation.Default(HostSystem.Linux, environment), Is.EqualTo(Path.Join("/data/ana", "studydecks", "scores.db")));
    }

    [TestCase("")]
    [TestCase("relative/data")]
    public void Linux_without_an_absolute_XDG_DATA_HOME_uses_the_local_share_folder(string xdg)
    {
        var environment = With(("HOME", "/home/ana"), ("XDG_DATA_HOME", xdg));

        Assert.That(ScoreDatabaseLocation.Default(HostSystem.Linux, environment), Is.EqualTo(Path.Join("/home/ana", ".local", "share", "studydecks", "scores.db")));
    }

    [Test]
    [Category(CliHarness.InProcessOnly)] // the system is injected into the run: a separate process runs on this one
    public void A_quiz_on_macOS_creates_the_database_under_application_support()
    {
        using var cli = new CliHarness { Host = HostSystem.MacOS };
        cli.Variables["HOME"] = cli.PathOf("home");
        File.WriteAllText(cli.PathOf("c.deck.json"), Core.Decks.DeckJson.Serialize(Testing.SampleDecks.Coalition()));

        var result = cli.RunWithInput("a\n", "quiz", "c.deck.json", "--count", "1");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(File.Exists(cli.PathOf("home/Library/Application Support/StudyDecks/scores.db")), Is.True);
    }
}
