using StudyDecks.Core.Analysis;
using StudyDecks.Core.Generation.Scoring;

namespace StudyDecks.Core.Tests.Generation.Scoring;

public class ArticleProfileTests
{
    [TestCase("The first U.S. consul assigned to a Japanese port was _____.", 5, true, TestName = "An_initialism_counts_as_one_content_word")]
    [TestCase("The first consul assigned to a Japanese port was _____.", 5, false, TestName = "A_question_of_four_content_words_has_fewer_than_five")]
    [TestCase("_____ flied out.", 3, false, TestName = "A_play_by_play_line_has_few_content_words")]
    [TestCase("The U.S. and the U.S. signed.", 3, false, TestName = "An_initialism_written_twice_counts_once")]
    public void Counts_content_words(string text, int count, bool expected)
    {
        // Act
        var has = ArticleProfile.HasContentWords(text, count, Lexicon.Default);

        // Assert
        Assert.That(has, Is.EqualTo(expected));
    }
}
