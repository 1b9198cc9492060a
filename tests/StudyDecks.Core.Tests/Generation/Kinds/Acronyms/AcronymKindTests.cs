using StudyDecks.Core.Generation.Kinds.Acronyms;

namespace StudyDecks.Core.Tests.Generation.Kinds.Acronyms;

public class AcronymKindTests
{
    [TestCase("Adashi is a member of the Institute of Medicine (IOM) and the Association of American Physicians (AAP).")]
    [TestCase("He was Director of the American Board of Obstetrics and Gynecology (ABOG) and President of the Society for Gynecologic Investigation (SGI; 1999-2000).")]
    [TestCase("Annual Research Award, Society for the Study of Reproduction (SSR) (1989)")]
    public void A_sentence_that_sets_two_acronyms_in_parentheses_or_is_a_line_of_a_list_lists_bodies(string sentence)
    {
        // Act
        var lists = AcronymKind.ListsBodies(sentence);

        // Assert
        Assert.That(lists, Is.True);
    }

    [TestCase("In 1999 Adashi was elected to the Institute of Medicine (IOM), where he served on several committees.")]
    [TestCase("The Syrian Democratic Forces (SDF) held the camp (SDF) until “the handover.”")]
    [TestCase("He said: “The Kurdistan Democratic Party (KDP) will stay”")]
    public void A_sentence_with_one_acronym_in_parentheses_and_its_end_lists_no_bodies(string sentence)
    {
        // Act
        var lists = AcronymKind.ListsBodies(sentence);

        // Assert
        Assert.That(lists, Is.False);
    }
}
