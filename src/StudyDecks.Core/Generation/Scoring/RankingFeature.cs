namespace StudyDecks.Core.Generation.Scoring;

/// <summary>
/// What the ranking looks at in a candidate card. Each has a value, mostly between 0 and 1, that
/// <see cref="FeatureWeights"/> turns into a share of the score.
/// </summary>
internal enum RankingFeature
{
    /// <summary>1 when nothing in the question leans on the article; less for each "the" + noun that no name qualifies.</summary>
    SelfContained,

    /// <summary>How early the sentence comes: 1 in the lead, falling to 0 past the first third.</summary>
    Lead,

    /// <summary>How much the sentence is about the article's subject: its share of the title's content words, and the answer's mentions across paragraphs.</summary>
    Salience,

    /// <summary>What the answer's kind is worth knowing: a person, body, sum or year more than a time of day or a small count.</summary>
    AnswerKind,

    /// <summary>How far the kind rewrites the sentence (<see cref="IQuestionKind.TransformationRisk"/>).</summary>
    TransformationRisk,

    /// <summary>
    /// Words in the question beyond a comfortable reading length, in units of fifteen (at most 1: the linter turns away
    /// longer stems). Weighed 0 (<see cref="FeatureWeights.Default"/>): blind reviewers accepted longer stems more often in
    /// four rounds running (rounds 41–44: 83 % against 62 %, 91 against 86, 91 against 78, 64 against 37), so length is no
    /// longer held against a card.
    /// </summary>
    StemLength,

    /// <summary>1 with a full set of wrong options, ½ for a statement to judge, 0 for a fill-in without options.</summary>
    Options,

    /// <summary>
    /// 1 for a detail nobody needs to learn: play-by-play (a running score, a match minute, "flied out"), a clock time, a
    /// question naming nothing; less for a small count, a continent, or a quotation any official could have said.
    /// </summary>
    Trivia,

    /// <summary>Hedges and judgements in the writer's voice ("may", "reportedly", "is expected to"): less a fact than a view.</summary>
    Opinion,

    /// <summary>
    /// 1 when the answer is a person the real-world gazetteer knows ("Alexander Hamilton"): worth learning beyond the
    /// article. Blind reviewers accepted such people about twice as often (37 of 78) as people only the article names (121
    /// of 478: a spokesman, a user quoted from social media). Known places fared better than unknown ones too, but at 54 of
    /// 216 still too rarely to be raised.
    /// </summary>
    KnownAnswer,

    /// <summary>
    /// 1 when the article is an account of a period of history, as its title says by closing with the years it covers
    /// ("The Berlin Airlift, 1948–1949"): its facts last, and blind reviewers accepted its questions that fell just short
    /// of the minimum score (0.9 to 1.2) 21 times in 24, both of them (rounds 79 and 80), against 31 and 33 in 80 of all
    /// cards that short (round 79). 0 for a statement to judge: its false twin swaps a name, and statements that short
    /// were accepted 13 times in 26 by each reviewer.
    /// </summary>
    Period,
}

/// <summary>The names features go by in deck files and in <c>inspect</c>.</summary>
internal static class RankingFeatureNames
{
    public static string Name(this RankingFeature feature) => feature switch
    {
        RankingFeature.SelfContained => "self-contained",
        RankingFeature.Lead => "lead",
        RankingFeature.Salience => "salience",
        RankingFeature.AnswerKind => "answer-kind",
        RankingFeature.TransformationRisk => "transformation-risk",
        RankingFeature.StemLength => "stem-length",
        RankingFeature.Options => "options",
        RankingFeature.Trivia => "trivia",
        RankingFeature.Opinion => "opinion",
        RankingFeature.KnownAnswer => "known-answer",
        RankingFeature.Period => "period",
        _ => throw new ArgumentOutOfRangeException(nameof(feature)),
    };
}
