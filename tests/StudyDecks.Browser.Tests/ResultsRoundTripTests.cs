using Microsoft.Playwright;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StudyDecks.Cli;
using StudyDecks.Testing;

namespace StudyDecks.Browser.Tests;

/// <summary>A student's answers leave the page as a results file and reach <c>scores</c> through <c>scores --import</c>.</summary>
public sealed class ResultsRoundTripTests : BrowserFixture
{
    [Test]
    public async Task Downloaded_results_hold_every_answer_and_match_the_script_api()
    {
        await using var quiz = await QuizPage.OpenAsync(Browser, SampleDecks.Coalition());
        await HtmlQuizTests.AnswerEveryCardAsync(quiz);

        var file = await DownloadResultsAsync(quiz);
        var downloaded = Parse(await File.ReadAllTextAsync(file));
        var fromScript = Parse(await quiz.Page.EvaluateAsync<string>("() => JSON.stringify(window.studydecksResults())"));

        Assert.That(JToken.DeepEquals(downloaded, fromScript), Is.True);
        Assert.That((string?)downloaded["format"], Is.EqualTo("studydecks.results"));
        Assert.That((int?)downloaded["version"], Is.EqualTo(1));
        Assert.That((string?)downloaded["deck"]!["title"], Is.EqualTo("Global Coalition to Defeat ISIS"));
        Assert.That((int?)downloaded["deck"]!["seed"], Is.EqualTo(1));
        var answers = (JArray)downloaded["attempts"]![0]!["answers"]!;
        Assert.That(answers.Select(answer => (string?)answer["cardId"]), Is.EqualTo(SampleDecks.Coalition().Cards.Select(card => card.Id)));
        Assert.That(answers.Count(answer => (bool)answer["correct"]!), Is.EqualTo(5));
        Assert.That((string?)answers[3]!["choice"], Is.EqualTo("SDF"));
        Assert.That(answers.Select(answer => (string?)answer["answeredAt"]), Has.All.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"));
        Assert.That(answers.Select(answer => (long)answer["milliseconds"]!), Has.All.GreaterThanOrEqualTo(0));
    }

    [Test]
    public async Task Imported_results_appear_in_scores_and_a_second_import_records_nothing()
    {
        using var work = new TempFolder();
        await using var quiz = await QuizPage.OpenAsync(Browser, SampleDecks.Coalition());
        await HtmlQuizTests.AnswerEveryCardAsync(quiz);
        var results = await DownloadResultsAsync(quiz);
        var database = work.File("scores.db");

        var imported = Cli.Run(work.Path, "scores", "--import", results, "--player", "ana", "--db", database);
        var again = Cli.Run(work.Path, "scores", "--import", results, "--player", "ana", "--db", database);
        var scores = Cli.Run(work.Path, "scores", "--db", database, "--json");

        Assert.That(imported.ExitCode, Is.Zero, imported.Error);
        Assert.That(imported.Output, Does.Contain("Recorded 8 answers (5 right) in 1 session of \"Global Coalition to Defeat ISIS\" for ana"));
        Assert.That(again.ExitCode, Is.Not.Zero);
        Assert.That(again.Error, Does.Match(@"^error: .*: was imported already \(as ana's, on .* UTC\); nothing recorded\n$"));
        var sessions = (JArray)Parse(scores.Output)["sessions"]!;
        Assert.That(sessions, Has.Count.EqualTo(1));
        Assert.That((string?)sessions[0]!["player"], Is.EqualTo("ana"));
        Assert.That((int?)sessions[0]!["answered"], Is.EqualTo(8));
        Assert.That((int?)sessions[0]!["correct"], Is.EqualTo(5));
    }

    // Times stay the strings the page wrote.
    private static JObject Parse(string json) => JsonConvert.DeserializeObject<JObject>(json, new JsonSerializerSettings { DateParseHandling = DateParseHandling.None })!;

    private static async Task<string> DownloadResultsAsync(QuizPage quiz)
    {
        var download = await quiz.Page.RunAndWaitForDownloadAsync(() => quiz.Page.GetByRole(AriaRole.Button, new() { Name = "Download results" }).ClickAsync());
        Assert.That(download.SuggestedFilename, Does.Match(@"^global-coalition-to-defeat-isis\.results-.*\.json$"));
        var path = Path.Combine(quiz.Folder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return path;
    }
}

/// <summary>Runs <c>studydecks</c> in-process.</summary>
internal static class Cli
{
    public static (int ExitCode, string Output, string Error) Run(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(string.Empty);
        var environment = new CliEnvironment(output, error, input, workingDirectory, new Dictionary<string, string>(StringComparer.Ordinal));
        var exitCode = CliApp.Run(args, environment);
        return (exitCode, output.ToString(), error.ToString());
    }
}
