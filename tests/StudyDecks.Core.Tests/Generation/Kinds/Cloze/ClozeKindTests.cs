using StudyDecks.Core.Decks;
using StudyDecks.Core.Generation;
using StudyDecks.Core.Tests.Analysis;

namespace StudyDecks.Core.Tests.Generation.Kinds.Cloze;

public class ClozeKindTests
{
    [Test]
    public void A_bare_generic_word_for_an_organisation_is_never_the_answer()
    {
        // Arrange
        var article = ArticleText.Read(
            "On October 30, 1991, the Madrid Conference opened with Israeli, Syrian and Lebanese delegations. "
            + "The Conference’s long-term impact, however, was more limited than the Bush administration had hoped.");

        // Act
        var answers = DeckGenerator.Generate([article], new GenerationOptions("Madrid")).Cards
            .Where(card => card.Type != CardType.TrueFalse)
            .Select(card => card.Answer)
            .ToList();

        // Assert
        Assert.That(answers, Is.Not.Empty);
        Assert.That(answers, Does.Not.Contain("Conference"));
    }
}
