"""Scheduling logic on plain data: rule checks now; suggestions and optimisation later."""
