import { describe, expect, it } from "vitest";
import { Mt19937 } from "./mt19937";

describe("Mt19937", () => {
  it("produces the reference MT19937 outputs (C++ std::mt19937, default seed 5489)", () => {
    const mt = new Mt19937(5489);
    expect([mt.next(), mt.next(), mt.next()]).toEqual([3499211612, 581869302, 3890346734]);
    for (let i = 3; i < 9999; i++) mt.next();
    expect(mt.next()).toBe(4123659995); // the 10000th output, as the C++ standard specifies
  });

  it("uses only the low 32 bits of the seed, like torch.manual_seed on the CPU", () => {
    const a = new Mt19937(2 ** 32 + 42);
    const b = new Mt19937(42);
    expect([a.next(), a.next()]).toEqual([b.next(), b.next()]);
  });
});
