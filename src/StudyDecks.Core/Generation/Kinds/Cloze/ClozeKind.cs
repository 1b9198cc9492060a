using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Distractors;

namespace StudyDecks.Core.Generation.Kinds.Cloze;

/// <summary>
/// The source sentence with one blank where a number, sum, percentage, date, year, duration, place or organisation was.
/// With three good distractors the blank gets options; otherwise it is a fill-in card.
/// </summary>
internal sealed class ClozeKind : IQuestionKind
{
    public string Name => "cloze";

    public IEnumerable<Card> Propose(ArticleAnalysis analysis, GenerationContext context)
    {
        foreach (var sentence in analysis.Sentences)
        {
            foreach (var mention in analysis.Mentions[sentence.Index])
            {
                if (AnswerKindOf(mention) is not { } kind)
                {
                    continue;
                }

                var stem = SentenceStem.Build(sentence.Text, mention.Start - sentence.Start, mention.End - sentence.Start, Card.Blank);
                if (stem is null)
                {
                    continue;
                }

                var answer = new AnswerSpec(mention.Text, kind, analysis.Article.Id, stem) { Entity = mention.Entity, Mention = mention, Context = sentence.Text };
                var distractors = context.Distractors.Pick(answer, context.RandomFor(stem));
                var aliases = mention.Entity is { } entity ? Roles.WhoHeldRoleKind.Aliases(entity).FindAll(alias => alias != mention.Text) : [];
                if (mention.Entity is { } named && named.Name != mention.Text)
                {
                    aliases.Insert(0, named.Name);
                }

                yield return GenerationContext.CreateCard(analysis, sentence, Name, CardType.Cloze, stem, mention.Text, distractors, kind, aliases);
            }
        }
    }

    /// <summary>What a mention would be asked as, or <see langword="null"/> when it is not worth a blank.</summary>
    internal static AnswerKind? AnswerKindOf(Mention mention)
    {
        if (mention.IsUnusable)
        {
            return null;
        }

        return mention.ResolvedKind switch
        {
            MentionKind.Number when mention.Value >= 2 => AnswerKind.Number,
            MentionKind.Money => AnswerKind.Money,
            MentionKind.Percent => AnswerKind.Percent,
            MentionKind.Date => AnswerKind.Date,
            MentionKind.Year => AnswerKind.Year,
            MentionKind.Duration => AnswerKind.Duration,
            MentionKind.Place when mention.Entity?.PlaceKind is not null => AnswerKind.Place,
            MentionKind.Organization when mention.Entity is not null => AnswerKind.Organization,
            _ => null,
        };
    }
}
