class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    @staticmethod
    def rate(kind):
        return 0.01
    @classmethod
    def open(cls, owner):
        return cls(owner)

acct = Account("ann")
calls = [
    lambda: Account(), lambda: Account("a", 1, 2), lambda: Account("a", owner="b"), lambda: acct.deposit(),
    lambda: acct.deposit(1, 2), lambda: acct.deposit(amount=1, x=2), lambda: Account.rate(), lambda: acct.rate(1, 2),
    lambda: Account.open(), lambda: Account.deposit(5), lambda: len(), lambda: len(1, 2), lambda: abs(),
    lambda: isinstance(1), lambda: "x".upper(1), lambda: [].append(), lambda: {}.get(1, 2, 3), lambda: divmod(1),
    lambda: sorted([], key=len, cmp=None), lambda: print(flush=1, bogus=2), lambda: int(x=1),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(acct.deposit(amount=5), Account.open("bob").owner, Account.rate(kind="x"))
