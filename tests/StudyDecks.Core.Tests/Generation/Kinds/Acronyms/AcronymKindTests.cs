using StudyDecks.Core.Generation.Kinds.Acronyms;

namespace StudyDecks.Core.Tests.Generation.Kinds.Acronyms;

public class AcronymKindTests
{
    [TestCase("Adashi is a member of the Institute of Medicine (IOM) and the Association of American Physicians (AAP).", ExpectedResult = true)]
    [TestCase("He was Director of the American Board of Obstetrics and Gynecology (ABOG) and President of the Society for Gynecologic Investigation (SGI; 1999-2000).", ExpectedResult = true)]
    [TestCase("Annual Research Award, Society for the Study of Reproduction (SSR) (1989)", ExpectedResult = true)]
    [TestCase("In 1999 Adashi was elected to the Institute of Medicine (IOM), where he served on several committees.", ExpectedResult = false)]
    [TestCase("The Syrian Democratic Forces (SDF) held the camp (SDF) until “the handover.”", ExpectedResult = false)]
    [TestCase("He said: “The Kurdistan Democratic Party (KDP) will stay”", ExpectedResult = false)]
    public bool A_sentence_lists_bodies_when_it_sets_two_acronyms_in_parentheses_or_is_a_line_of_a_list(string sentence) =>
        AcronymKind.ListsBodies(sentence);
}
