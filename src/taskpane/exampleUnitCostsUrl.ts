/** Where the example unit-cost table (assets/data/unit_costs.csv) is served: next to the page, copied there by webpack. */
export const EXAMPLE_UNIT_COSTS_URL = "assets/data/unit_costs.csv";
