# What the CLI prints, in English. Command names, flags, --json and rule ids are never translated.

## How an error is said
cli-error = error: { $message }
cli-partly-done = partly done: { $message }

## Partly done (exit 8) and reported (exit 4)
cli-calls-not-imported = { $n } problem(s) in { $source }; nothing was imported
cli-licences-not-licensed = { $n } user(s) were not licensed (AL01-AL03); the reason for each is listed above
cli-licences-partly-applied = { $email }: Webex applied only part of the licences (not: { $licences }); the others are assigned
cli-mail-not-sent = { $n } message(s) were not sent and stay in the outbox; the reasons are listed above
cli-numbers-not-added = { $n } number(s) were not added (MO03); their state and reason are listed above

## Table heads (head-<the English head>)
head-name = Name
head-email = Email
head-location = Location
head-licences = Licences
head-primary-number = Primary number
head-calling = Calling
head-device = Device
head-owner = Owner
head-subscription = Subscription
head-kind = Kind
head-status = Status
head-number = Number
head-code-expires = Code expires
head-state = State
head-operator = Operator
head-webex-go-licences = Webex Go licences
head-used = Used
head-free = Free
head-line = Line
head-column = Column
head-problem = Problem
head-reason = Reason
head-fix = Fix
head-user = User
head-when = When
head-who = Who
head-action = Action
head-outcome = Outcome
head-details = Details
head-department = Department
head-work-number = Work number
head-account-id = Account id
head-numbers = Numbers
head-what-to-do = What to do
head-entered = Entered
head-emailed = Emailed
head-what-happened = What happened
