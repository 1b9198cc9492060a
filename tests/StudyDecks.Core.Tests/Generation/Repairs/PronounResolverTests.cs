using StudyDecks.Core.Generation.Repairs;
using StudyDecks.Core.Tests.Analysis;

namespace StudyDecks.Core.Tests.Generation.Repairs;

public class PronounResolverTests
{
    [Test]
    public void Names_the_one_person_of_the_sentence_before()
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve("On August 15, 1971, President Richard Nixon spoke on television. He also ordered that an extra 10 percent tariff be levied on all imports.");
        var sentence = analysis.Sentences[1];

        // Act
        var stem = PronounResolver.Resolve(analysis, sentence, "He also ordered that an extra _____ tariff be levied on all imports.");

        // Assert
        Assert.That(stem, Is.EqualTo("Richard Nixon also ordered that an extra _____ tariff be levied on all imports."));
    }

    [Test]
    public void Leaves_the_pronoun_when_the_sentence_before_names_two_people()
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve("Antony Blinken met Fuad Hussein in Washington. He also visited the Kurdistan Region.");
        var sentence = analysis.Sentences[1];

        // Act
        var stem = PronounResolver.Resolve(analysis, sentence, "He also visited the _____.");

        // Assert
        Assert.That(stem, Is.Null);
    }

    [Test]
    public void Names_a_pronoun_that_opens_the_sentence_even_when_the_sentence_names_someone_else_later()
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve("In 1851, President Millard Fillmore authorized a naval expedition to Japan. He sent Commodore John Aulick to lead it.");
        var sentence = analysis.Sentences[1];

        // Act
        var stem = PronounResolver.Resolve(analysis, sentence, "He sent Commodore _____ to lead it.");

        // Assert
        Assert.That(stem, Is.EqualTo("Millard Fillmore sent Commodore _____ to lead it."));
    }

    [Test]
    public void Leaves_the_pronoun_when_the_sentence_before_names_someone_of_unknown_kind_too()
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve("Antony Blinken met Fuad Hussein in Washington. He also visited the Kurdistan Region.");
        var sentence = analysis.Sentences[1];

        // Act
        var stem = PronounResolver.Resolve(analysis, sentence, "He also visited the _____.");

        // Assert
        Assert.That(stem, Is.Null);
    }

    [Test]
    public void Leaves_she_when_the_only_person_before_has_a_mans_first_name()
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve("Richard Nixon ended the gold standard in 1971. She also ordered a tariff on imports.");
        var sentence = analysis.Sentences[1];

        // Act
        var stem = PronounResolver.Resolve(analysis, sentence, "She also ordered a _____ on imports.");

        // Assert
        Assert.That(stem, Is.Null);
    }
}
