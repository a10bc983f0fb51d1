"""The thin shell: parse arguments, call the pure core, render, and map errors to exit codes."""
