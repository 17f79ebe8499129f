import { buildSite, serveSite } from '../../scripts/site';

/** Builds the fixture pages and serves them on 127.0.0.1 for the whole run. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  await buildSite();
  const site = await serveSite();
  // Workers inherit the environment the global setup leaves behind.
  process.env.TIANBAO_SITE_ORIGIN = site.origin;
  return () => site.close();
}
