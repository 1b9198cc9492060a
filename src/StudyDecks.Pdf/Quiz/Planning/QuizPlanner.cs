using StudyDecks.Core.Decks;
using StudyDecks.Core.Errors;
using StudyDecks.Core.Wording;

namespace StudyDecks.Pdf.Quiz.Planning;

/// <summary>
/// Turns a deck and options into a <see cref="QuizPlan"/>: chooses the cards, then for each version shuffles the
/// questions within their parts and the options within each question, with a seed of its own.
/// </summary>
public static class QuizPlanner
{
    /// <summary>Plans the quiz.</summary>
    /// <exception cref="StudyDecksException">The deck has no cards, or fewer than the count asked for.</exception>
    public static QuizPlan Plan(Deck deck, QuizOptions options)
    {
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(options);
        if (deck.Cards.Count == 0)
        {
            throw new StudyDecksException("the deck has no cards to print");
        }

        var count = options.Count ?? deck.Cards.Count;
        if (count > deck.Cards.Count)
        {
            throw new StudyDecksException($"the deck has {Counted.Of(deck.Cards.Count, "card")}, fewer than the {count} questions asked for (--count)");
        }

        if (options.Versions is < 1 or > QuizOptions.MaxVersions)
        {
            throw new StudyDecksException($"a quiz has 1 to {QuizOptions.MaxVersions} versions, not {options.Versions}");
        }

        var seeds = new Random(options.Seed);
        var chosen = CardSelection.Choose(deck.Cards, count, new Random(seeds.Next()));
        var versions = new QuizVersion[options.Versions];
        for (var v = 0; v < versions.Length; v++)
        {
            // Each version draws from its own stream, so version B is the same whether 2 or 5 versions are printed.
            versions[v] = PlanVersion((char)('A' + v), chosen, new Random(seeds.Next()));
        }

        var title = string.IsNullOrWhiteSpace(options.Title) ? deck.Title : options.Title.Trim();
        return new QuizPlan(title, deck.Sources, versions);
    }

    /// <summary>The part a card is printed in.</summary>
    public static QuestionPart PartOf(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.Type switch
        {
            CardType.MultipleChoice => QuestionPart.MultipleChoice,
            CardType.TrueFalse => QuestionPart.TrueFalse,
            CardType.Cloze => QuestionPart.FillInTheBlank,
            _ => QuestionPart.ShortAnswer,
        };
    }

    /// <summary>Whether a card is printed with lettered options: multiple choice, and cloze cards that carry three distractors.</summary>
    public static bool HasLetteredOptions(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.Type is CardType.MultipleChoice or CardType.Cloze && card.Distractors.Count >= 1;
    }

    private static QuizVersion PlanVersion(char letter, IReadOnlyList<Card> cards, Random random)
    {
        var ordered = new List<Card>(cards.Count);
        foreach (var part in Enum.GetValues<QuestionPart>())
        {
            var inPart = cards.Where(card => PartOf(card) == part).ToArray();
            random.Shuffle(inPart);
            ordered.AddRange(inPart);
        }

        // Options whose order is fixed (ascending quantities) fix their key letter; the rest are balanced around them.
        var sorted = ordered.Select(card => HasLetteredOptions(card) ? OptionValue.SortAscending(card.Options, card.AnswerKind) : null).ToArray();
        var slots = new List<KeyBalancer.Slot>();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (HasLetteredOptions(ordered[i]))
            {
                var fixedPosition = sorted[i] is { } order ? IndexOf(order, ordered[i].Answer) : (int?)null;
                slots.Add(new KeyBalancer.Slot(ordered[i].Options.Count, fixedPosition));
            }
        }

        var positions = KeyBalancer.Assign(slots, random);
        var questions = new QuizQuestion[ordered.Count];
        var slot = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            var card = ordered[i];
            if (!HasLetteredOptions(card))
            {
                questions[i] = new QuizQuestion(i + 1, card, PartOf(card), [], -1);
                continue;
            }

            var position = positions[slot++];
            var options = sorted[i] ?? PlaceAnswer(card, position, random);
            questions[i] = new QuizQuestion(i + 1, card, PartOf(card), options, position);
        }

        return new QuizVersion(letter, questions);
    }

    private static string[] PlaceAnswer(Card card, int position, Random random)
    {
        var distractors = card.Distractors.ToArray();
        random.Shuffle(distractors);
        var options = new List<string>(distractors);
        options.Insert(position, card.Answer);
        return [.. options];
    }

    private static int IndexOf(IReadOnlyList<string> options, string answer)
    {
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i] == answer)
            {
                return i;
            }
        }

        return -1;
    }
}
