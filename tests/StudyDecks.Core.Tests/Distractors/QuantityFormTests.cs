using StudyDecks.Core.Analysis;
using StudyDecks.Core.Distractors;

namespace StudyDecks.Core.Tests.Distractors;

public class QuantityFormTests
{
    [Test]
    public void A_share_keeps_its_qualifier_and_style_when_written_with_another_value()
    {
        // Arrange
        var form = QuantityForm.Parse("Almost half", Lexicon.Default)!;

        // Act
        var third = form.Format(1m / 3, Lexicon.Default);

        // Assert
        Assert.That((form.Number, third), Is.EqualTo((0.5m, "Almost a third")));
    }

    [Test]
    public void A_ratio_is_written_as_a_ratio()
    {
        // Arrange
        var form = QuantityForm.Parse("one in three", Lexicon.Default)!;

        // Act
        var values = form.ShareValues(Lexicon.Default).Select(value => form.Format(value, Lexicon.Default)).ToList();

        // Assert
        Assert.That(values, Does.Contain("one in four").And.No.Contain("a quarter"));
    }

    [Test]
    public void A_share_and_a_percentage_are_different_units()
    {
        // Act
        var share = QuantityForm.Parse("half", Lexicon.Default)!;
        var percent = QuantityForm.Parse("50 per cent", Lexicon.Default)!;

        // Assert
        Assert.That(share.Unit, Is.Not.EqualTo(percent.Unit));
    }

    [Test]
    public void A_scaled_count_is_written_with_its_scale_word()
    {
        // Arrange
        var form = QuantityForm.Parse("two billion", Lexicon.Default)!;

        // Act
        var one = form.Format(1, Lexicon.Default);

        // Assert
        Assert.That((form.IsScaled, one), Is.EqualTo((true, "one billion")));
    }
}
