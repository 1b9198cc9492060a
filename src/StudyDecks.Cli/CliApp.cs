using System.CommandLine;
using StudyDecks.Cli.Commands;

namespace StudyDecks.Cli;

/// <summary>The <c>studydecks</c> command tree. Wiring only: each verb lives in <c>Commands/</c>.</summary>
internal static class CliApp
{
    public static int Run(string[] args, CliEnvironment environment)
    {
        var root = Create(environment);
        var configuration = new InvocationConfiguration
        {
            Output = environment.Output,
            Error = environment.Error,
            EnableDefaultExceptionHandler = false,
        };

        try
        {
            var parse = root.Parse(args);
            if (UsageErrors.Find(parse) is { } usage)
            {
                environment.Error.WriteLine("error: " + usage);
                environment.Error.WriteLine(UsageErrors.Hint(parse));
                return ExitCodes.Usage;
            }

            return parse.Invoke(configuration);
        }
        catch (Exception exception) when (CommandErrors.IsExpected(exception))
        {
            // Normally caught inside each command; this is the last line of defence against a stack trace.
            environment.Error.WriteLine(CommandErrors.Describe(exception));
            return ExitCodes.Failure;
        }
#pragma warning disable CA1031 // Any other exception is a bug of ours: the user gets one line saying so, not a trace.
        catch (Exception exception) when (exception is not OperationCanceledException) // a cancelled run (Ctrl+C, a killed reader) stops as it is, no bug
#pragma warning restore CA1031
        {
            environment.Error.WriteLine(CommandErrors.DescribeBug(exception));
            if (environment.Variable(CommandErrors.TraceVariable) is not null)
            {
                environment.Error.WriteLine(exception.ToString());
            }

            return ExitCodes.Bug;
        }
    }

    /// <summary>The command tree, every command wired to <paramref name="environment"/>.</summary>
    public static RootCommand Create(CliEnvironment environment)
    {
        var root = new RootCommand("StudyDecks turns the facts in articles into study cards, flashcard exports, printable quizzes and a console quiz.")
        {
            GenerateCommand.Create(environment),
            InspectCommand.Create(environment),
            ReviewCommand.Create(environment),
            BuildCommand.Create(environment),
            ExportCommand.Create(environment),
            PdfCommand.Create(environment),
            QuizCommand.Create(environment),
            ScoresCommand.Create(environment),
        };

        CommandList.Shorten(root);
        return root;
    }
}
