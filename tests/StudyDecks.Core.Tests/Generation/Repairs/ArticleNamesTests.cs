using StudyDecks.Core.Analysis;
using StudyDecks.Core.Generation.Repairs;
using StudyDecks.Core.Tests.Analysis;

namespace StudyDecks.Core.Tests.Generation.Repairs;

public class ArticleNamesTests
{
    [Test]
    public void Names_a_description_by_the_one_name_of_its_kind_in_the_article()
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve("The two governments signed the Treaty of Kanagawa on March 31, 1854. According to the treaty, Japan would open two ports.");

        // Act
        var question = ArticleNames.Apply("According to the treaty, Japan would open _____ ports.", analysis, Lexicon.Default, sentence: 1);

        // Assert
        Assert.That(question, Is.EqualTo("According to the Treaty of Kanagawa, Japan would open _____ ports."));
    }

    [TestCase("The Coalition forces that are fighting ISIS in _____ are supplied from the Kurdistan Region.", "The Defeat-ISIS Coalition forces that are fighting ISIS in _____ are supplied from the Kurdistan Region.")]
    [TestCase("The end of the Coalition means that ties with _____ will shift to a bilateral basis.", "The end of the Defeat-ISIS Coalition means that ties with _____ will shift to a bilateral basis.")]
    public void Names_a_description_by_a_name_written_with_its_acronym_before_the_head_word(string question, string named)
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve("The Foreign Ministers of the Defeat-ISIS (D-ISIS) Coalition met Monday in Washington. The Coalition forces are supplied from Erbil.");

        // Act
        var repaired = ArticleNames.Apply(question, analysis, Lexicon.Default, sentence: 1);

        // Assert
        Assert.That(repaired, Is.EqualTo(named));
    }

    [Test]
    public void Takes_no_name_the_article_gives_only_after_the_question_s_sentence()
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve("Izard was charged in 1778 with securing a loan to help finance the war. The aftermath of the Franco-Austrian War brought about a series of plebiscites.");

        // Act
        var question = ArticleNames.Apply("Izard was charged in _____ with securing a loan to help finance the war.", analysis, Lexicon.Default, sentence: 0);

        // Assert
        Assert.That(question, Is.EqualTo("Izard was charged in _____ with securing a loan to help finance the war."));
    }

    [Test]
    public void Puts_a_name_given_by_apposition_after_the_noun()
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve("Astronomers revealed the discovery of an exoplanet, named KELT-9b. The planet takes about 36 hours to orbit.");

        // Act
        var question = ArticleNames.Apply("The planet takes about _____ hours to orbit.", analysis, Lexicon.Default, sentence: 1);

        // Assert
        Assert.That(question, Is.EqualTo("The planet KELT-9b takes about _____ hours to orbit."));
    }

    [Test]
    public void Names_a_description_when_the_article_sets_other_ones_of_its_kind_against_it()
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve("The planet orbits its star, KELT-9. Unlike some other stars such as our own Sun, KELT-9 lives only millions of years. The star is about 650 light years from Earth.");

        // Act
        var question = ArticleNames.Apply("The star is about _____ light years from Earth.", analysis, Lexicon.Default, sentence: 2);

        // Assert
        Assert.That(question, Is.EqualTo("The star KELT-9 is about _____ light years from Earth."));
    }

    [TestCase("The United States concluded a treaty with Morocco in 1786. Stephen Decatur negotiated the Treaty of Algiers in 1815.", TestName = "Leaves_it_when_the_article_speaks_of_another_of_the_kind")]
    [TestCase("Stephen Decatur negotiated the Treaty of Algiers in 1815 and the Treaty of Tripoli in 1816.", TestName = "Leaves_it_when_the_article_names_two_of_the_kind")]
    [TestCase("Stephen Decatur negotiated the Treaty of Algiers in 1815. Both treaties were later revised.", TestName = "Leaves_it_when_the_article_speaks_of_the_kind_in_the_plural")]
    public void Leaves_a_description_the_article_could_mean_two_ways(string body)
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve(body);

        // Act
        var question = ArticleNames.Apply("The Senate ratified the treaty in _____.", analysis, Lexicon.Default, sentence: 1);

        // Assert
        Assert.That(question, Is.EqualTo("The Senate ratified the treaty in _____."));
    }

    [TestCase("Stephen Decatur negotiated the Treaty of Algiers in 1815. The war ended. Decatur sailed on. The Senate ratified the treaty in 1816. Later the Treaty of Tripoli was signed.", 3, "The Senate ratified the Treaty of Algiers in _____.", TestName = "Names_it_by_the_one_of_its_kind_said_before_it")]
    [TestCase("The Big Four formulated the Treaty of Versailles, a treaty that ended World War I. The Senate ratified the treaty in 1919.", 1, "The Senate ratified the Treaty of Versailles in _____.", TestName = "Names_it_when_the_article_says_what_the_named_one_is")]
    [TestCase("Stephen Decatur negotiated the Treaty of Algiers in 1815. The Treaty of Tripoli was signed later. The Senate ratified the treaty in 1816.", 2, "The Senate ratified the treaty in _____.", TestName = "Leaves_it_when_two_of_its_kind_were_said_before_it")]
    public void Names_a_description_by_the_one_of_its_kind_named_before_it_when_the_article_names_two(string body, int sentence, string expected)
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve(body);

        // Act
        var question = ArticleNames.Apply("The Senate ratified the treaty in _____.", analysis, Lexicon.Default, sentence);

        // Assert
        Assert.That(question, Is.EqualTo(expected));
    }

    [Test]
    public void Takes_no_name_the_recogniser_cut_short()
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve("The pact was signed after the Second World War, in 1951. Trade recovered after the war ended.");

        // Act
        var names = ArticleNames.NamesOf(analysis, Lexicon.Default);

        // Assert
        Assert.That(names.ContainsKey("war"), Is.False);
    }

    [Test]
    public void Leaves_a_description_a_qualifier_already_resolves()
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve("Stephen Decatur negotiated the Treaty of Algiers in 1815. The treaty with Algiers freed ten sailors.");

        // Act
        var question = ArticleNames.Apply("The treaty with Algiers freed _____ sailors.", analysis, Lexicon.Default, sentence: 1);

        // Assert
        Assert.That(question, Is.EqualTo("The treaty with Algiers freed _____ sailors."));
    }
}
