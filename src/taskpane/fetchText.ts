/** Text files of the add-in's own origin (the example unit-cost CSV), fetched when needed. */

/**
 * Fetches a file next to the page as text; a failed request throws with its status.
 *
 * @example
 * const csv = await fetchText("assets/data/unit_costs.csv"); // "code,area,description_sv,…"
 */
export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`.trim());
  return response.text();
}
