"""The groups' list and a group's page keep the query budget, with as many queries for a few
groups as for many."""

from groups.factories import GroupFactory, GroupMembershipFactory
from tests.budgets import assert_same_counts, page_queries
from tests.groups.conftest import group_path, path_of


def add_groups(count: int, network) -> None:
    leads = list(network.group.leads.all())
    for number in range(count):
        group = GroupFactory(slug=f"more-{number}", leads=leads)
        GroupMembershipFactory(group=group)
        GroupMembershipFactory(group=network.group)


def test_the_list_and_a_group_page_keep_the_budget_with_few_and_many_groups(client, network):
    paths = [path_of(network.page), group_path(network.page, network.group)]
    few = page_queries(client, paths)

    add_groups(40, network)
    many = page_queries(client, paths)

    assert_same_counts(few, many, ("1 group", "41 groups"))
