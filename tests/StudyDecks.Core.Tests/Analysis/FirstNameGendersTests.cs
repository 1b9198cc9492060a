using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Tests.Analysis;

[TestFixture]
public sealed class FirstNameGendersTests
{
    [TestCase("George Washington", true)]
    [TestCase("Anita O'Day", false)]
    [TestCase("Casey Jones", null)] // Casey is on both of Bogus's lists
    [TestCase("Xolani Gumede", null)] // on neither
    [TestCase("Madonna", null)] // one word is no first name
    public void A_first_name_says_a_man_or_a_woman_only_when_one_list_holds_it(string name, bool? male) =>
        Assert.That(FirstNameGenders.IsMale(name, Lexicon.Default), Is.EqualTo(male));

    [TestCase("George Washington", "his", true)]
    [TestCase("George Washington", "her", false)]
    [TestCase("George Washington", "She", false)]
    [TestCase("Anita O'Day", "he", false)]
    [TestCase("Anita O'Day", "hers", true)]
    [TestCase("Anita O'Day", "her", true)]
    [TestCase("Casey Jones", "her", true)]
    [TestCase("Casey Jones", "his", true)]
    [TestCase("Anita O'Day", "their", true)]
    public void A_pronoun_may_stand_for_a_person_unless_the_first_name_is_of_the_other_sex(string name, string pronoun, bool may) =>
        Assert.That(FirstNameGenders.MayStandFor(name, pronoun, Lexicon.Default), Is.EqualTo(may));
}
