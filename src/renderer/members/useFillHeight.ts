import { useEffect, useState, type RefObject } from 'react';

/**
 * Height from an element's top to the bottom of the window (less `reserve`), at least `min`: the table's scroll.y.
 * Measured again when the window or the element's container changes size (filters wrapping, an alert appearing).
 */
export function useFillHeight(ref: RefObject<HTMLElement | null>, reserve: number, min = 320): number {
  const [height, setHeight] = useState(min);
  useEffect(() => {
    const measure = () => {
      const top = ref.current?.getBoundingClientRect().top ?? 0;
      const next = Math.max(min, Math.floor(window.innerHeight - top - reserve));
      setHeight((h) => (h === next ? h : next));
    };
    measure();
    window.addEventListener('resize', measure);
    const parent = ref.current?.parentElement;
    const observer = parent && typeof ResizeObserver !== 'undefined' ? new ResizeObserver(measure) : null;
    if (parent) observer?.observe(parent);
    return () => {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, [ref, reserve, min]);
  return height;
}
