namespace StudyDecks.Core.Distractors;

/// <summary>
/// What the option ranking looks at in a candidate wrong option, against the answer and the stem. Each gives a value
/// from 0 (evidence the option cannot stand there: a student rules it out from the question alone) to 1 (evidence it
/// fits); <see cref="OptionScore.CannotTell"/> when neither the deck nor the gazetteer says, 1 when the feature does not
/// apply to the answer's kind. <see cref="OptionWeights"/> turns them into the option's score.
/// </summary>
internal enum OptionFeature
{
    /// <summary>
    /// Of the answer's class: a person of a category the gazetteer gives the answer too, a place of its place type, a body
    /// of its kind (or the same head noun: "Iraqi Security Forces" for "Syrian Democratic Forces"), a quantity in its unit,
    /// an expansion of the same initials.
    /// </summary>
    SameClass,

    /// <summary>
    /// Of the nationality or region the stem or the answer implies: a person of the country whose adjective stands
    /// before the slot ("Italian Foreign Minister _____"), a place in the answer's own region.
    /// </summary>
    SameRegion,

    /// <summary>
    /// Of the card's time: a person alive in the year the stem or its sentence names, or else a contemporary of the
    /// answer; a country that was a state in that year (by the gazetteer's years of independence and dissolution).
    /// </summary>
    SameEra,

    /// <summary>
    /// Fits the stem's frame: of a class the words beside the slot take (<see cref="SlotFrames"/>: "joined the _____"
    /// takes an alliance, not an armed unit; "a _____ embargo" a state or body; "led by _____" a person or a body); a
    /// name the deck writes with "the" where the slot has "the" before it, one it writes without where the slot has
    /// none ("in _____" takes "Iraq", not "United States"); a woman's name where the stem says "her".
    /// </summary>
    FitsFrame,

    /// <summary>Of the answer's form: about as many words, capitals where it has capitals.</summary>
    SameForm,
}

/// <summary>The names option features go by in <c>inspect</c> and the tests.</summary>
internal static class OptionFeatureNames
{
    public static string Name(this OptionFeature feature) => feature switch
    {
        OptionFeature.SameClass => "same-class",
        OptionFeature.SameRegion => "same-region",
        OptionFeature.SameEra => "same-era",
        OptionFeature.FitsFrame => "fits-frame",
        OptionFeature.SameForm => "same-form",
        _ => throw new ArgumentOutOfRangeException(nameof(feature)),
    };
}
