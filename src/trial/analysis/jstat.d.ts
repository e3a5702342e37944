// jstat ships no types; only what this module uses is declared. It is a CommonJS module whose
// export is the jStat object (which also carries itself as `.jStat`).
declare module "jstat" {
  interface Distribution {
    cdf(x: number, ...params: number[]): number;
    inv(p: number, ...params: number[]): number;
    pdf(x: number, ...params: number[]): number;
  }
  interface JStat {
    studentt: Distribution;
    normal: Distribution;
    gammaln(x: number): number;
  }
  const jstat: { jStat: JStat };
  export default jstat;
}
