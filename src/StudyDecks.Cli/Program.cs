using StudyDecks.Cli;

return CliApp.Run(args, CliEnvironment.FromProcess());
