"""The demo station generator: a realistic Nanjing service station in a new database (Qt-free).

`build_demo(path)` creates station NJ01 南京服务站 with technicians, customers, equipment, jobs,
appointments, callbacks and complaints arranged around the current time; DEMO_LOGINS are the
sign-ins it creates.
"""

from app.demo.accounts import DEMO_LOGINS, STATION_CODE, STATION_NAME, DemoLogin
from app.demo.build import build_demo
from app.demo.summary import DemoSummary

__all__ = ["DEMO_LOGINS", "STATION_CODE", "STATION_NAME", "DemoLogin", "DemoSummary",
           "build_demo"]
