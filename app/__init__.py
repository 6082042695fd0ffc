"""FieldDesk: the dispatcher's desk of an air-conditioner service station (Qt-free core)."""
