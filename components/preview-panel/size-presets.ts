/** One size preset: an aspect ratio at a model family's base resolution (multiples of 8). */
export interface SizePreset {
  ratio: string;
  width: number;
  height: number;
}

/** SD 1.x sizes around 512×512. */
export const SD1_PRESETS: SizePreset[] = [
  { ratio: "1:1", width: 512, height: 512 },
  { ratio: "2:3", width: 512, height: 768 },
  { ratio: "3:2", width: 768, height: 512 },
  { ratio: "9:16", width: 432, height: 768 },
  { ratio: "16:9", width: 768, height: 432 },
];

/** SDXL's trained sizes around 1024×1024. */
export const XL_PRESETS: SizePreset[] = [
  { ratio: "1:1", width: 1024, height: 1024 },
  { ratio: "2:3", width: 832, height: 1216 },
  { ratio: "3:2", width: 1216, height: 832 },
  { ratio: "9:16", width: 768, height: 1344 },
  { ratio: "16:9", width: 1344, height: 768 },
];
