namespace StudyDecks.Core.Quality;

/// <summary>
/// The item-writing rules <see cref="CardLinter"/> checks, one member per rule; each finding names one. The stem rules
/// (S…) decide whether a question may be asked at all; the option rules (D…) only whether its options may be shown, so
/// the generator keeps a card that fails only those as a fill-in.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>Code</term><description>Rule: what a finding means</description></listheader>
/// <item><term>S1</term><description><see cref="Provenance"/>: the stored sentence is not at its offsets in the article, or does not hold the answer.</description></item>
/// <item><term>S2</term><description><see cref="AnswerNotGiven"/>: the stem or the context line names the answer (as written, by an alias or a demonym), or names what WordNet's definitions tie it to ("Cambodia, Laos and Vietnam" for French Indochina).</description></item>
/// <item><term>S3</term><description><see cref="WellFormed"/>: not a grammatical question, cloze or statement (blanks, punctuation, tense after "did", fragments).</description></item>
/// <item><term>S4</term><description><see cref="NoUnresolvedReference"/>: a pronoun or relative time ("last year") that only the article explains (a fronted "its" before a plural subject among them), or a meeting ("met Monday") whose only date the question drops.</description></item>
/// <item><term>S5</term><description><see cref="QuestionWordFits"/>: the WH word does not fit the answer's kind.</description></item>
/// <item><term>S6</term><description><see cref="ReadingLoad"/>: the stem has more than <see cref="CardLinter.MaximumStemWords"/> words.</description></item>
/// <item><term>S7</term><description><see cref="PositiveWording"/>: a generated question or statement is worded negatively.</description></item>
/// <item><term>S8</term><description><see cref="Independence"/>: another card of the same sentence holds this card's answer.</description></item>
/// <item><term>S9</term><description><see cref="NoDuplicate"/>: another card asks nearly the same question.</description></item>
/// <item><term>S10</term><description><see cref="ContextFree"/>: a definite description, demonstrative, discourse link, stretch of time counted from an earlier event ("Within 6 months,"), quotation or share of a group the writer ranked ("the poorest _____") that needs the sentences around it.</description></item>
/// <item><term>S11</term><description><see cref="DatedDays"/>: a day and month, or a month alone as a time ("in July"), with no year, or an office holder asked with nothing (a year, another name) to say when.</description></item>
/// <item><term>S12</term><description><see cref="FactNotOpinion"/>: the writer's judgement asked as a fact, or a year or a day after the article's date (a plan, a deadline) asked as what happened.</description></item>
/// <item><term>S13</term><description><see cref="SingleAnswer"/>: a blank with no options that other names fit as well (one member of a list, the far end of "from X to …", a place before a noun: "_____'s largest", "_____ man"), a city acting for its state ("_____ lifted the blockade"), or a figure after a bound ("fewer than _____") that every figure beyond it fits, one cause among others ("_____ played an important role in"), a region that holds countries ("East Asia"), or a year or day the source gives roughly ("around _____") or with doubt ("probably visited … in _____").</description></item>
/// <item><term>D1</term><description><see cref="OneCorrectOption"/>: an option is the answer or an alias of it.</description></item>
/// <item><term>D2</term><description><see cref="FalseOptions"/>: an option is stated in the question, so it is true too.</description></item>
/// <item><term>D3</term><description><see cref="SameKind"/>: an option is not of the answer's kind (or a true/false card's options are not True and False).</description></item>
/// <item><term>D4</term><description><see cref="SameForm"/>: an option is capitalised differently from the answer, or does not take the "a" or "an" before the blank that the answer takes.</description></item>
/// <item><term>D5</term><description><see cref="SimilarLength"/>: the longest option is more than twice the shortest.</description></item>
/// <item><term>D6</term><description><see cref="DistinctOptions"/>: two options are the same or nearly so.</description></item>
/// <item><term>D7</term><description><see cref="NoBannedOption"/>: "all of the above" and its kind.</description></item>
/// <item><term>D8</term><description><see cref="SameClass"/>: a place offered beside a place of another class (a city for a country).</description></item>
/// <item><term>D9</term><description><see cref="OptionCount"/>: the wrong number of options for the card's type.</description></item>
/// <item><term>D11</term><description><see cref="AscendingOrder"/>: numeric options are not stored in ascending order.</description></item>
/// <item><term>D12</term><description><see cref="SensibleNumbers"/>: a numeric option in another unit, too far off, as right for an approximate figure, or on the wrong side of a date the question names.</description></item>
/// </list>
/// The codes are those of the card-quality criteria the project follows; <c>studydecks inspect</c> prints them.
/// </remarks>
public enum LintRule
{
    Provenance,
    AnswerNotGiven,
    WellFormed,
    NoUnresolvedReference,
    QuestionWordFits,
    ReadingLoad,
    PositiveWording,
    Independence,
    NoDuplicate,
    ContextFree,
    DatedDays,
    FactNotOpinion,
    SingleAnswer,
    OneCorrectOption,
    FalseOptions,
    SameKind,
    SameForm,
    SimilarLength,
    DistinctOptions,
    NoBannedOption,
    SameClass,
    OptionCount,
    AscendingOrder,
    SensibleNumbers,
}

/// <summary>What a <see cref="LintRule"/> is called in reports, and what it judges.</summary>
public static class LintRules
{
    /// <summary>The rule's code in the card-quality criteria: "S3", "D12".</summary>
    public static string Code(this LintRule rule) => rule switch
    {
        LintRule.Provenance => "S1",
        LintRule.AnswerNotGiven => "S2",
        LintRule.WellFormed => "S3",
        LintRule.NoUnresolvedReference => "S4",
        LintRule.QuestionWordFits => "S5",
        LintRule.ReadingLoad => "S6",
        LintRule.PositiveWording => "S7",
        LintRule.Independence => "S8",
        LintRule.NoDuplicate => "S9",
        LintRule.ContextFree => "S10",
        LintRule.DatedDays => "S11",
        LintRule.FactNotOpinion => "S12",
        LintRule.SingleAnswer => "S13",
        LintRule.OneCorrectOption => "D1",
        LintRule.FalseOptions => "D2",
        LintRule.SameKind => "D3",
        LintRule.SameForm => "D4",
        LintRule.SimilarLength => "D5",
        LintRule.DistinctOptions => "D6",
        LintRule.NoBannedOption => "D7",
        LintRule.SameClass => "D8",
        LintRule.OptionCount => "D9",
        LintRule.AscendingOrder => "D11",
        LintRule.SensibleNumbers => "D12",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };

    /// <summary>Whether the rule judges a card's options, not its question: a card failing only such rules may be asked without them.</summary>
    public static bool JudgesOptions(this LintRule rule) => rule >= LintRule.OneCorrectOption;

    /// <summary>Whether the rule compares cards with each other (S8, S9) rather than judging one card.</summary>
    public static bool IsBetweenCards(this LintRule rule) => rule is LintRule.Independence or LintRule.NoDuplicate;

    /// <summary>The rule with the given code, for tests and tools that read reports.</summary>
    public static LintRule FromCode(string code)
    {
        foreach (var rule in Enum.GetValues<LintRule>())
        {
            if (rule.Code() == code)
            {
                return rule;
            }
        }

        throw new ArgumentException($"no lint rule has the code '{code}'", nameof(code));
    }
}
