using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace StudyDecks.Cli;

/// <summary>
/// Keeps the top-level help short: each command with the first sentence of its description, and without the
/// arguments it can do without (<c>build</c>, not <c>build &lt;inputs&gt;</c>). A command's own help is unchanged,
/// with its whole description and examples.
/// </summary>
/// <remarks>
/// System.CommandLine's help builder cannot be customised through its public API, so for the top-level help the
/// commands' descriptions are shortened, and optional arguments hidden, while the standard help is written.
/// </remarks>
internal sealed class CommandList : SynchronousCommandLineAction
{
    private readonly SynchronousCommandLineAction _standard;

    private CommandList(SynchronousCommandLineAction standard) => _standard = standard;

    public override bool ClearsParseErrors => true;

    /// <summary>Puts the short list in place of the top-level help of <paramref name="root"/>.</summary>
    public static void Shorten(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (root.Options.OfType<HelpOption>().FirstOrDefault() is { Action: SynchronousCommandLineAction standard } help)
        {
            help.Action = new CommandList(standard);
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var command = parseResult.CommandResult.Command;
        if (command is not RootCommand)
        {
            return _standard.Invoke(parseResult);
        }

        var descriptions = command.Subcommands.Select(subcommand => subcommand.Description).ToArray();
        var optional = command.Subcommands.SelectMany(subcommand => subcommand.Arguments)
            .Where(argument => argument.Arity.MinimumNumberOfValues == 0 && !argument.Hidden)
            .ToArray();
        try
        {
            foreach (var subcommand in command.Subcommands)
            {
                subcommand.Description = FirstSentence(subcommand.Description);
            }

            foreach (var argument in optional)
            {
                argument.Hidden = true;
            }

            var exitCode = _standard.Invoke(parseResult);
            parseResult.InvocationConfiguration.Output.WriteLine($"Run '{UsageErrors.Program} <command> --help' for a command's options and examples.");
            return exitCode;
        }
        finally
        {
            for (var i = 0; i < descriptions.Length; i++)
            {
                command.Subcommands[i].Description = descriptions[i];
            }

            foreach (var argument in optional)
            {
                argument.Hidden = false;
            }
        }
    }

    /// <summary>The description up to its first full stop, on one line.</summary>
    private static string FirstSentence(string? description)
    {
        var text = (description ?? string.Empty).ReplaceLineEndings(" ");
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text.TrimEnd() : text[..(end + 1)];
    }
}
