using StudyDecks.Core.Analysis;
using StudyDecks.Core.Generation.Repairs;
using Analyzer = StudyDecks.Core.Analysis.ArticleAnalyzer;
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
    public void Takes_no_one_for_the_title_s_person_whose_surname_is_the_title_s_first_name()
    {
        // Arrange: "John Hill (courtier)" is about Hill, whom the recogniser may not know as a person; Henry St John only
        // shares a word with the title.
        var article = StudyDecks.Core.Articles.ArticleReader.Read(System.Text.Encoding.UTF8.GetBytes("John Hill (courtier)\n\nHenry St John was Secretary of State. In June 1712, Hill became Lieutenant-General of the Ordnance, the Whig Thomas Erle having been turned out. He returned to Dunkirk in February 1714.\n"), "hill.txt");
        var analysis = new Analyzer(Lexicon.Default).Analyze(article);
        _ = new EntityTable(Lexicon.Default, [analysis]);

        // Act
        var stem = PronounResolver.Resolve(analysis, analysis.Sentences[2], "He returned to Dunkirk in _____.");

        // Assert
        Assert.That(stem, Is.Null);
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

    [Test]
    public void Names_the_thing_an_it_stands_for_when_the_sentences_before_open_with_its_name()
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve("Badr-6 will be operated by Arabsat, a Saudi Arabian company. It will be positioned at 26°East. It was built by EADS Astrium.");

        // Act
        var positioned = PronounResolver.Resolve(analysis, analysis.Sentences[1], "It will be positioned at _____°East.");
        var built = PronounResolver.Resolve(analysis, analysis.Sentences[2], "It was built by _____.");

        // Assert
        Assert.That((positioned, built), Is.EqualTo(("Badr-6 will be positioned at _____°East.", "Badr-6 was built by _____.")));
    }

    [TestCase("The Fordney-McCumber Tariff Act raised tariffs above the level set in 1913; it also authorized the president to raise or lower a given tariff rate by 50%.", "It also authorized the president to raise or lower a given tariff rate by _____.", "The Fordney-McCumber Tariff Act also authorized the president to raise or lower a given tariff rate by _____.")]
    [TestCase("Badr-6 was launched in 2008. Arabsat operates the satellite from Riyadh; it also owns Badr-7.", "It also owns _____.", "Arabsat also owns _____.")]
    public void Names_the_thing_an_it_after_a_semicolon_stands_for_when_its_sentence_opens_with_its_name(string body, string stem, string expected)
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve(body);

        // Act
        var resolved = PronounResolver.Resolve(analysis, analysis.Sentences[^1], stem);

        // Assert
        Assert.That(resolved, Is.EqualTo(expected));
    }

    [TestCase("The first shaking took place at 00:37 local time. It occurred 64 kilometers west of Navidad.", "It occurred _____ kilometers west of Navidad.", TestName = "Leaves_an_it_standing_for_a_description")]
    [TestCase("Badr-6 will be operated by Arabsat. It is likely that the satellite will last 15 years.", "It is likely that the satellite will last _____ years.", TestName = "Leaves_an_it_that_stands_for_what_follows")]
    [TestCase("President Richard Nixon spoke on television. It was heard by 40 million people.", "It was heard by _____ people.", TestName = "Leaves_an_it_after_a_sentence_opening_with_a_person")]
    [TestCase("Restores the definition of prevailing wage used for nearly 50 years. It will make the prevailing wage equal to the wage paid to 30% of workers.", "It will make the prevailing wage equal to the wage paid to _____ of workers.", TestName = "Leaves_an_it_after_a_sentence_opening_with_a_verb")]
    public void Leaves_an_it_it_cannot_name(string body, string stem)
    {
        // Arrange
        var (analysis, _) = ArticleText.Resolve(body);

        // Act
        var resolved = PronounResolver.Resolve(analysis, analysis.Sentences[1], stem);

        // Assert
        Assert.That(resolved, Is.Null);
    }
}
