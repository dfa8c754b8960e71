"""The screens and modal dialogs of the Plansje UI."""
