import ParleyCLI

// `serve` and `preview` are programs of their own (`parley-server`): the CLI does not link the
// HTTP stack, so it starts as fast without it.
ServerLauncher.replaceProcessIfServerCommand()
ParleyCommand.main()
