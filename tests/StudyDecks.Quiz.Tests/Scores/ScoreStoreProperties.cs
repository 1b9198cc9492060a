using CsCheck;
using Microsoft.Data.Sqlite;
using StudyDecks.Quiz.Scores;

namespace StudyDecks.Quiz.Tests.Scores;

/// <summary>Issue 13: whatever text a player, a deck or an answer holds, the store keeps it exactly and stays whole.</summary>
public sealed class ScoreStoreProperties
{
    // Any Unicode scalar but NUL (SQLite's C API ends text there): quotes, SQL and JSON syntax, controls, astral letters.
    // One character in eight is a C0 or C1 control, which a uniform draw over all code points would almost never give.
    private static readonly Gen<string> AnyText =
        Gen.Frequency((7, Gen.Int[1, 0x10FFFF]), (1, Gen.OneOf(Gen.Int[1, 0x1F], Gen.Int[0x7F, 0x9F])))
            .Where(code => code is < 0xD800 or > 0xDFFF).Select(char.ConvertFromUtf32).Array[0, 12].Select(string.Concat);

    private QuizFixture _fixture = null!;

    [SetUp]
    public void SetUp() => _fixture = new QuizFixture();

    [TearDown]
    public void TearDown() => _fixture.Dispose();

    [Test]
    public void Any_player_deck_choice_and_options_are_read_back_as_written()
    {
        var round = 0;
        Gen.Select(AnyText, AnyText, AnyText, AnyText.Array[0, 4]).Sample(
            (player, deck, choice, options) =>
            {
                // A round number keeps each name distinct from the earlier rounds' and never empty.
                var name = $"{round} {player}";
                var title = $"{round++} {deck}";
                var now = _fixture.Clock.GetUtcNow();
                var session = _fixture.Store.StartSession(new SessionStart(name, title, "deck.json", QuizMode.All, now));
                _fixture.Store.RecordAnswer(new AnswerRecord(session, "c0000000000a1", choice, false, TimeSpan.FromSeconds(2), now, options));
                _fixture.Store.EndSession(session, now);

                // Stored exactly; listed for printing without control characters (issue 13, item 10).
                Assert.That(Strings("SELECT name FROM players"), Does.Contain(name));
                Assert.That(Strings("SELECT deck FROM sessions"), Does.Contain(title));
                Assert.That(_fixture.Store.PlayerNames(), Does.Contain(PrintableText.Of(name)));
                Assert.That(_fixture.Store.DeckTitles(), Does.Contain(PrintableText.Of(title)));
                var (storedChoice, storedOptions) = StoredAnswer(session);
                Assert.That(storedChoice, Is.EqualTo(choice));
                Assert.That(Newtonsoft.Json.JsonConvert.DeserializeObject<string[]>(storedOptions), Is.EqualTo(options));
            },
            iter: 200,
            threads: 1);

        Assert.That(Pragma("integrity_check"), Is.EqualTo("ok"));
    }

    private (string Choice, string Options) StoredAnswer(long session)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT choice, options FROM answers WHERE session_id = $session";
        command.Parameters.AddWithValue("$session", session);
        using var reader = command.ExecuteReader();
        Assert.That(reader.Read(), Is.True, "the answer was not stored");
        return (reader.GetString(0), reader.GetString(1));
    }

    private List<string> Strings(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private string Pragma(string name)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return (string)command.ExecuteScalar()!;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={_fixture.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }
}
