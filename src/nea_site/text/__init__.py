"""Text primitives shared by the stages: named regexes, language detection, segmentation."""
