// The bundled sample articles (www/samples/).
export const SAMPLES = [
  { file: "samples/npr-white-house-proportional.txt", title: "NPR: White House says any response to Sony attack needs to be ‘proportional’" },
  { file: "samples/verge-obama-will-respond.txt", title: "The Verge: Obama says the US ‘will respond’ to the North Korean attack on Sony" },
];
