// Reads a person's skill profile through the client generated from skills-service's committed contract: the path,
// its parameters and the answer's fields are all checked by the compiler against that contract.
//   SKILLS=http://localhost:8081 TOKEN=$(../../suite token --role hr-admin --sub e-001) npm run profile -- e-004
import createClient from "openapi-fetch";
import type { paths } from "../generated/skills.js";

const [employeeId] = process.argv.slice(2);
if (!employeeId || !process.env.TOKEN) {
  console.error("usage: TOKEN=<bearer token> [SKILLS=<url>] npm run profile -- <employeeId>");
  process.exit(2);
}

const skills = createClient<paths>({
  baseUrl: process.env.SKILLS ?? "http://localhost:8081",
  headers: { Authorization: `Bearer ${process.env.TOKEN}` },
});

const { data, error, response } = await skills.GET("/people/{employeeId}/profile", {
  params: { path: { employeeId } },
});
if (error) {
  console.error(`${response.status} ${error.code ?? ""}: ${error.detail ?? error.title}`);
  process.exit(1);
}
for (const entry of data.skills ?? []) {
  console.log(`${entry.skill}\tlevel ${entry.level?.toFixed(1)}\t${entry.evidenceCount} pieces of evidence`);
}
