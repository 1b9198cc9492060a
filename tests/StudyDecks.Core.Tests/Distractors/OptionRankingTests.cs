using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Distractors;
using StudyDecks.Core.Tests.Analysis;

namespace StudyDecks.Core.Tests.Distractors;

/// <summary>The picker takes the best-scored candidates that are not also right, and keeps their scores.</summary>
public sealed class OptionRankingTests
{
    private static (DistractorPicker Picker, EntityTable Entities, ArticleAnalysis Analysis) Setup(string text)
    {
        var (analysis, entities) = ArticleText.Resolve(text);
        return (new DistractorPicker(Lexicon.Default, entities, new DistractorPools([analysis])), entities, analysis);
    }

    private static IReadOnlyList<string>? PickPlace(string text, string answer, string stem, int seed)
    {
        var (picker, entities, analysis) = Setup(text);
        return picker.Pick(new AnswerSpec(answer, AnswerKind.Place, analysis.Article.Id, stem) { Entity = entities.Find(answer), Context = stem }, new Random(seed));
    }

    [Test]
    public void A_place_the_deck_names_in_the_same_slot_is_also_right_and_never_offered()
    {
        const string Stem = "Coalition forces fight ISIS in Syria every day.";
        const string Other = "Last year coalition forces fight ISIS in Iraq and nowhere else.";

        // Iraq, a neighbour of Syria, is the likeliest option; stated for the same slot, it is right too.
        var control = Enumerable.Range(1, 10).Select(seed => PickPlace(Stem + " Officials visited Iraq in May.", "Syria", Stem, seed)).ToList();
        var stated = Enumerable.Range(1, 10).Select(seed => PickPlace(Stem + " " + Other, "Syria", Stem, seed)).ToList();

        Assert.That(control.Where(options => options is not null).SelectMany(options => options!), Does.Contain("Iraq"));
        Assert.That(stated.Where(options => options is not null).SelectMany(options => options!), Does.Not.Contain("Iraq"));
    }

    [Test]
    public void A_part_or_a_whole_of_the_answer_is_never_offered()
    {
        const string Text = "The delegates met in Scotland in June. Officials also visited Wales, England, Ireland and Great Britain.";
        var offered = Enumerable.Range(1, 10).Select(seed => PickPlace(Text, "Scotland", "The delegates met in Scotland in June.", seed)).Where(options => options is not null).SelectMany(options => options!).ToList();

        Assert.That(offered, Does.Not.Contain("Great Britain").And.Not.Contain("United Kingdom"));
    }

    [Test]
    public void Every_option_and_spare_keeps_its_score_at_or_above_the_threshold()
    {
        var (picker, _, analysis) = Setup("The U.S. is contributing $168 million, after $148 million last year.");
        var answer = new AnswerSpec("$168 million", AnswerKind.Money, analysis.Article.Id, "The U.S. is contributing _____ to the drive.");

        var picked = (PickedOptions)picker.Pick(answer, new Random(3))!;

        Assert.That(picked.Concat(picked.Spares), Has.All.Matches<string>(option => picked.Scores.ContainsKey(option!)));
        Assert.That(picked.Scores.Values, Has.All.InRange(OptionWeights.Default.Threshold, 1.0));
    }

    [Test]
    public void The_same_seed_gives_the_same_options_and_scores()
    {
        const string Stem = "Coalition forces fight ISIS in Syria every day.";

        var first = (PickedOptions?)PickPlace(Stem, "Syria", Stem, 5);
        var second = (PickedOptions?)PickPlace(Stem, "Syria", Stem, 5);

        Assert.That(first, Is.Not.Null);
        Assert.That(second!.ToList(), Is.EqualTo(first!.ToList()));
        Assert.That(second!.Spares, Is.EqualTo(first!.Spares));
        Assert.That(second!.Scores, Is.EquivalentTo(first!.Scores));
    }

    [Test]
    public void An_acronym_gets_other_real_expansions_of_its_letters_from_the_gazetteer()
    {
        var (picker, entities, analysis) = Setup("The Coptic Church (CC) held its synod in the spring.");
        var answer = new AnswerSpec("Coptic Church", AnswerKind.Term, analysis.Article.Id, "What does CC stand for?") { Entity = entities.Find("Coptic Church"), Acronym = "CC" };

        var picked = (PickedOptions?)picker.Pick(answer, new Random(2));

        // Churches first ("Catholic Church"), before bodies of the same letters of another kind ("Comptroller of the Currency").
        Assert.That(picked, Is.Not.Null);
        Assert.That(picked!, Has.All.Matches<string>(option => AcronymMatcher.Matches("CC", option!) && option!.EndsWith(" Church", StringComparison.Ordinal)));
        Assert.That(picked.Origins.Values, Has.All.EqualTo(OptionOrigin.Gazetteer));
    }

    [Test]
    public void An_acronym_without_three_other_real_expansions_gets_no_options()
    {
        // The gazetteer's other "PP" parties are the answer under another name (Populist Party) and two more: too few.
        var (partyPicker, partyEntities, partyAnalysis) = Setup("The People's Party (PP) won the vote in the spring.");
        var party = new AnswerSpec("People's Party", AnswerKind.Term, partyAnalysis.Article.Id, "What does PP stand for?") { Entity = partyEntities.Find("People's Party"), Acronym = "PP" };
        Assert.That(partyPicker.Pick(party, new Random(2)), Is.Null);

        var (picker, entities, analysis) = Setup("The Kurdistan Regional Government (KRG) agreed to the plan.");
        var answer = new AnswerSpec("Kurdistan Regional Government", AnswerKind.Term, analysis.Article.Id, "What does KRG stand for?") { Entity = entities.Find("Kurdistan Regional Government"), Acronym = "KRG" };

        Assert.That(picker.Pick(answer, new Random(2)), Is.Null);
    }
}
