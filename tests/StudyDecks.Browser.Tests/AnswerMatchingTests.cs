using StudyDecks.Quiz.Asking;
using StudyDecks.Testing;

namespace StudyDecks.Browser.Tests;

/// <summary>The page's typed-answer matching (quiz.js) and the console quiz's (<see cref="AnswerMatcher"/>) agree.</summary>
public sealed class AnswerMatchingTests : BrowserFixture
{
    // Answer, aliases (|-separated), reply: right and wrong replies, accents, punctuation, articles, digits, slips.
    private static readonly string[][] Cases =
    [
        ["Syrian Democratic Forces", "SDF", "SDF"],
        ["Syrian Democratic Forces", "SDF", "s.d.f."],
        ["Syrian Democratic Forces", "SDF", "the Syrian Democratic Forces"],
        ["Syrian Democratic Forces", "SDF", "Syrian Democratic Forcse"],
        ["Syrian Democratic Forces", "SDF", "Syrain Democratic Forces"],
        ["Syrian Democratic Forces", "SDF", "Syrian Democratc Frces"],
        ["Syrian Democratic Forces", "SDF", "Kurdish forces"],
        ["Syrian Democratic Forces", "SDF", "   "],
        ["Côte d’Ivoire", "", "cote divoire"],
        ["Côte d'Ivoire", "", "Cote d Ivoire"],
        ["São Paulo", "", "SAO-PAULO"],
        ["2017", "", "2019"],
        ["2017", "", "in 2017"],
        ["43,000", "", "43000"],
        ["43,000", "", "43.000"],
        ["$168 million", "", "168 million"],
        ["$168 million", "", "$ 168 million!"],
        ["U.S. Special Envoy", "", "US special envoy"],
        ["John Godfrey", "Godfrey", "godfrey"],
        ["John Godfrey", "Godfrey", "Jon Godfrey"],
        ["Antony Blinken", "Blinken", "Anthony Blinken"],
        ["Mazloum Abdi", "", "mazlum abdi"],
        ["an Apple a day", "", "apple day"],
        ["Ærø", "", "ærø"],
        ["İstanbul", "", "istanbul"],
        ["Straße", "", "strasse"],
        ["ΑΘΗΝΑ", "", "αθηνα"],
        ["Tōkyō", "", "tokyo"],
        ["naïve café", "", "naive cafe"],
        ["Global Coalition", "", "global coalitoin"],
        ["Global Coalition", "", "global coalitions"],
        ["Global Coalition", "", "global  coalition  to"],
        ["Foreign Minister", "", "foreign minster"],
        ["1:33 a.m. EST", "", "133 am est"],
        ["€5bn", "", "5bn"],
        ["Ninety", "", "ninety!"],
        ["A", "", "a"],
        ["The The", "", "the"],
        ["emoji 🙂 test", "", "emoji test"],
    ];

    [Test]
    public async Task The_page_and_the_console_quiz_judge_every_case_alike()
    {
        await using var quiz = await QuizPage.OpenAsync(Browser, SampleDecks.Coalition());
        var disagreements = new List<string>();
        var rights = 0;

        foreach (var (answer, aliases, reply) in Cases.Select(c => (c[0], c[1].Length == 0 ? [] : c[1].Split('|'), c[2])))
        {
            var card = SampleDecks.Coalition().Cards[3] with { Answer = answer, Aliases = aliases };
            var console = AnswerMatcher.Matches(card, reply);
            var page = await quiz.Page.EvaluateAsync<bool>("([answer, aliases, reply]) => window.studydecksMatcher.matches({ answer, aliases }, reply)", new object[] { answer, aliases, reply });
            var consoleForm = AnswerMatcher.Normalize(reply);
            var pageForm = await quiz.Page.EvaluateAsync<string>("text => window.studydecksMatcher.normalize(text)", reply);
            rights += console ? 1 : 0;
            if (console != page || consoleForm != pageForm)
            {
                disagreements.Add($"{answer} / {reply}: console {console} \"{consoleForm}\", page {page} \"{pageForm}\"");
            }
        }

        Assert.That(disagreements, Is.Empty);
        Assert.That(rights, Is.InRange(10, Cases.Length - 10), "the cases hold both right and wrong replies");
    }
}
