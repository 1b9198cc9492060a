using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Generation.Kinds.WhQuestions;

/// <summary>
/// The verb of a one-clause statement and what a question needs from it: the finite word ("was", "has", "killed"),
/// the verbs after it ("been killed"), and the listed forms of a main verb for do-support.
/// </summary>
/// <param name="Shape">How the verb is built.</param>
/// <param name="Finite">The finite word as written.</param>
/// <param name="Chain">The non-finite verbs after it, with any adverb between them ("also been killed"); may be empty.</param>
/// <param name="Verb">The main verb's forms, for <see cref="VerbShape.SimplePast"/> and <see cref="VerbShape.SimplePresent"/>.</param>
internal sealed record VerbGroup(VerbShape Shape, string Finite, string Chain, VerbForms? Verb)
{
    /// <summary>Whether the statement is in the present ("is", "has", "includes"): it holds at the article's date only.</summary>
    public bool IsPresent => Shape is VerbShape.SimplePresent || Finite is "is" or "are" or "has" or "have";

    /// <summary>
    /// "can be traced back", "must be approved": a modal of what may or must be, which no date makes happen; only "will"
    /// and "shall" say what is to happen.
    /// </summary>
    public bool IsPossibility => Shape == VerbShape.Auxiliary && Finite is not ("will" or "shall") && ClauseParser.IsModal(Finite);

    /// <summary>"has repatriated": the present perfect, anchored with "by" a year rather than "in" it.</summary>
    public bool IsPresentPerfect => Shape == VerbShape.Auxiliary && Finite is "has" or "have";

    /// <summary>
    /// The verb after a WH subject, "How many people <em>were killed</em>"; <paramref name="past"/> moves a present
    /// statement into the past, for a question anchored to the article's year.
    /// </summary>
    public string Declarative(string adverbs, bool past)
    {
        var finite = Shape switch
        {
            VerbShape.SimplePast => Verb!.Past,
            VerbShape.SimplePresent => past ? Verb!.Past : Finite,
            _ => past ? PastOf(Finite) : Finite,
        };
        return Join(adverbs, finite, Chain);
    }

    /// <summary>The verb around an inverted subject: "was <em>the coalition</em> founded", "did <em>Nixon</em> end".</summary>
    public string Inverted(string subject, string adverbs, bool past) => Shape switch
    {
        VerbShape.SimplePast => Join("did", subject, adverbs, Verb!.Base),
        VerbShape.SimplePresent => Join(past ? "did" : "does", subject, adverbs, Verb!.Base),
        VerbShape.Possession => Join(past || Finite == "had" ? "did" : Finite == "has" ? "does" : "do", subject, adverbs, "have"),
        _ => Join(past ? PastOf(Finite) : Finite, subject, adverbs, Chain),
    };

    /// <summary>
    /// "When did the Palestinians rise up?" rather than "When had … risen up?": a dated event reads best in the simple
    /// past; only a listed participle can be turned back into its base form.
    /// </summary>
    public VerbGroup SimplifiedPastPerfect(Lexicon lexicon) =>
        Shape == VerbShape.Auxiliary && Finite == "had" && lexicon.VerbsByParticiple.TryGetValue(Chain, out var verb)
            ? new VerbGroup(VerbShape.SimplePast, verb.Past, "", verb)
            : this;

    /// <summary>
    /// "were killed" for "have been killed", "killed" for "has killed": the present perfect of one event the article
    /// reports, told in the simple past to be dated by the article's year; <see langword="null"/> when the participle
    /// is not listed.
    /// </summary>
    public VerbGroup? SimplePastOfPresentPerfect(Lexicon lexicon)
    {
        if (!IsPresentPerfect)
        {
            return null;
        }

        if (Chain.StartsWith("been ", StringComparison.Ordinal) && lexicon.VerbsByParticiple.ContainsKey(Chain[5..]))
        {
            return new VerbGroup(VerbShape.Auxiliary, Finite == "has" ? "was" : "were", Chain[5..], null);
        }

        return lexicon.VerbsByParticiple.TryGetValue(Chain, out var verb) ? new VerbGroup(VerbShape.SimplePast, verb.Past, "", verb) : null;
    }

    private static string PastOf(string finite) => finite switch
    {
        "is" => "was",
        "are" => "were",
        "has" or "have" => "had",
        _ => finite,
    };

    private static string Join(params ReadOnlySpan<string> parts)
    {
        var words = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            if (part.Length > 0)
            {
                words.Add(part);
            }
        }

        return string.Join(' ', words);
    }
}
