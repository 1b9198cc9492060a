using StudyDecks.Core.Quality;

namespace StudyDecks.Core.Tests.Quality;

public sealed class LintRuleTests
{
    [Test]
    public void Every_rule_has_a_code_of_its_own_that_names_it_back()
    {
        // Arrange
        var rules = Enum.GetValues<LintRule>();

        // Act
        var codes = rules.Select(rule => rule.Code()).ToList();

        // Assert
        Assert.That(codes, Is.Unique);
        Assert.That(codes, Has.All.Match(@"^[SD]\d{1,2}$"));
        Assert.That(rules.Select(rule => LintRules.FromCode(rule.Code())), Is.EqualTo(rules));
    }

    [Test]
    public void Only_the_D_rules_judge_options_and_only_S8_and_S9_compare_cards()
    {
        // Arrange
        var rules = Enum.GetValues<LintRule>();

        // Act
        var optionRules = rules.Where(rule => rule.JudgesOptions()).Select(rule => rule.Code());
        var betweenCards = rules.Where(rule => rule.IsBetweenCards()).Select(rule => rule.Code());

        // Assert
        Assert.That(optionRules, Is.EquivalentTo(rules.Select(rule => rule.Code()).Where(code => code[0] == 'D')));
        Assert.That(betweenCards, Is.EquivalentTo(new[] { "S8", "S9" }));
    }

    [Test]
    public void A_code_no_rule_has_is_refused()
    {
        // Act and assert
        Assert.That(() => LintRules.FromCode("S99"), Throws.ArgumentException.With.Message.Contains("S99"));
    }
}
