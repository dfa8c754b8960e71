"""Plansje's terminal shell: the CLI and the Textual app over `agendas` and `store`."""
