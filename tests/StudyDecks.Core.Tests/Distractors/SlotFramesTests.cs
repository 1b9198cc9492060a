using StudyDecks.Core.Analysis;
using StudyDecks.Core.Distractors;
using StudyDecks.Core.Knowledge;
using StudyDecks.Core.Tests.Analysis;

namespace StudyDecks.Core.Tests.Distractors;

/// <summary>The frames of <c>slot-frames.tsv</c> and the classes of names they are checked against.</summary>
public sealed class SlotFramesTests
{
    private static readonly EntityTable Entities = new(Lexicon.Default, [ArticleText.Analyze("Officials of the Iraqi Security Forces met Abraham Lincoln in Baghdad.")]);

    [TestCase("Finland joined _____ in 2023.", "join")]
    [TestCase("Finland joined the _____ in 2023.", "join")]
    [TestCase("Sweden became a member of the _____.", "join")]
    [TestCase("The _____ embargo began in 1973.", "embargo")]
    [TestCase("Congress passed sanctions on _____ in 2017.", "sanctions")]
    [TestCase("The meeting was hosted by _____.", "host")]
    [TestCase("The talks were hosted in _____.", "host place")]
    [TestCase("The coalition was led by the _____.", "lead")]
    public void The_words_beside_the_slot_name_its_frame(string stem, string frame) =>
        Assert.That(SlotFrames.Find(stem, stem.IndexOf("_____", StringComparison.Ordinal), 5)?.Name, Is.EqualTo(frame));

    [TestCase("The meeting was held in _____.")]
    [TestCase("_____ joined.")]
    public void A_slot_without_frame_words_has_no_frame(string stem) =>
        Assert.That(SlotFrames.Find(stem, stem.IndexOf("_____", StringComparison.Ordinal), 5), Is.Null);

    [TestCase("Iraqi Security Forces", "armed-force")]
    [TestCase("Ministry of Defence", "agency")]
    [TestCase("Global Coalition to Defeat ISIS", "international")]
    [TestCase("NATO", "international")]
    [TestCase("Abraham Lincoln", "person")]
    [TestCase("Baghdad", "city")]
    [TestCase("Jordan", "country")]
    public void A_name_s_class_comes_from_the_deck_the_gazetteer_or_its_head_word(string name, string expected) =>
        Assert.That(SlotFrames.ClassesOf(name, Entities, Lexicon.Default, Gazetteer.Default), Does.Contain(expected));

    [Test]
    public void A_name_nothing_knows_has_no_class() =>
        Assert.That(SlotFrames.ClassesOf("Kurdistan Regional Government", Entities, Lexicon.Default, Gazetteer.Default), Is.Empty);

    [Test]
    public void Every_frame_takes_only_classes_a_name_can_have()
    {
        string[] known = ["person", "country", "city", "state", "region", "armed-force", "party", "international", "agency", "organization"];
        foreach (var frame in SlotFrames.All)
        {
            Assert.That(frame.Accepts, Is.SubsetOf(known), frame.Name);
        }
    }
}
